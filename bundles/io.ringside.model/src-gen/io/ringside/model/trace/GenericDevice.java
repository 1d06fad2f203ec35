/**
 */
package io.ringside.model.trace;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generic Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device whose state is known only as key/value pairs (operation-level traces).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.GenericDevice#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.trace.TracePackage#getGenericDevice()
 * @model
 * @generated
 */
public interface GenericDevice extends Device {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.trace.StateEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see io.ringside.model.trace.TracePackage#getGenericDevice_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<StateEntry> getEntries();

} // GenericDevice
