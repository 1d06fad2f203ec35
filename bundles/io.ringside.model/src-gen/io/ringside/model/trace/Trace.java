/**
 */
package io.ringside.model.trace;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A trace opened in the workbench, as of the event at the cursor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.Trace#getName <em>Name</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getPath <em>Path</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getFormat <em>Format</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getLevel <em>Level</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getProducer <em>Producer</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getEventCount <em>Event Count</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getViolationCount <em>Violation Count</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getCursor <em>Cursor</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.ringside.model.trace.Trace#getViolations <em>Violations</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.trace.TracePackage#getTrace()
 * @model
 * @generated
 */
public interface Trace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.ringside.model.trace.TracePackage#getTrace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.ringside.model.trace.TracePackage#getTrace_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * rstrace or qemu-log
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see io.ringside.model.trace.TracePackage#getTrace_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * memory or operation
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see io.ringside.model.trace.TracePackage#getTrace_Level()
	 * @model
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Producer</em>' attribute.
	 * @see #setProducer(String)
	 * @see io.ringside.model.trace.TracePackage#getTrace_Producer()
	 * @model
	 * @generated
	 */
	String getProducer();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getProducer <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Producer</em>' attribute.
	 * @see #getProducer()
	 * @generated
	 */
	void setProducer(String value);

	/**
	 * Returns the value of the '<em><b>Event Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Count</em>' attribute.
	 * @see #setEventCount(long)
	 * @see io.ringside.model.trace.TracePackage#getTrace_EventCount()
	 * @model
	 * @generated
	 */
	long getEventCount();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getEventCount <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Count</em>' attribute.
	 * @see #getEventCount()
	 * @generated
	 */
	void setEventCount(long value);

	/**
	 * Returns the value of the '<em><b>Violation Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Violation Count</em>' attribute.
	 * @see #setViolationCount(long)
	 * @see io.ringside.model.trace.TracePackage#getTrace_ViolationCount()
	 * @model
	 * @generated
	 */
	long getViolationCount();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getViolationCount <em>Violation Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Violation Count</em>' attribute.
	 * @see #getViolationCount()
	 * @generated
	 */
	void setViolationCount(long value);

	/**
	 * Returns the value of the '<em><b>Cursor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cursor</em>' containment reference.
	 * @see #setCursor(Cursor)
	 * @see io.ringside.model.trace.TracePackage#getTrace_Cursor()
	 * @model containment="true"
	 * @generated
	 */
	Cursor getCursor();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Trace#getCursor <em>Cursor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cursor</em>' containment reference.
	 * @see #getCursor()
	 * @generated
	 */
	void setCursor(Cursor value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.trace.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see io.ringside.model.trace.TracePackage#getTrace_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Violations</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.trace.Violation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Violations</em>' containment reference list.
	 * @see io.ringside.model.trace.TracePackage#getTrace_Violations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Violation> getViolations();

} // Trace
