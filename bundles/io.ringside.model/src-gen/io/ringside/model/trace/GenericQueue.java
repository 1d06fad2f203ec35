/**
 */
package io.ringside.model.trace;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generic Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A queue whose state is known only as key/value pairs (operation-level traces).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.GenericQueue#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.trace.TracePackage#getGenericQueue()
 * @model
 * @generated
 */
public interface GenericQueue extends Queue {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.trace.StateEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see io.ringside.model.trace.TracePackage#getGenericQueue_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<StateEntry> getEntries();

} // GenericQueue
