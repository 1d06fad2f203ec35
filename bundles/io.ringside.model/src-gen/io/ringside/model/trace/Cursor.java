/**
 */
package io.ringside.model.trace;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cursor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The event the trace state is shown after.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.Cursor#getEvent <em>Event</em>}</li>
 *   <li>{@link io.ringside.model.trace.Cursor#getTime <em>Time</em>}</li>
 *   <li>{@link io.ringside.model.trace.Cursor#getKind <em>Kind</em>}</li>
 *   <li>{@link io.ringside.model.trace.Cursor#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link io.ringside.model.trace.Cursor#getQueueIndex <em>Queue Index</em>}</li>
 *   <li>{@link io.ringside.model.trace.Cursor#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.trace.TracePackage#getCursor()
 * @model
 * @generated
 */
public interface Cursor extends EObject {
	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * event number from 0; -1 before the first event
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(long)
	 * @see io.ringside.model.trace.TracePackage#getCursor_Event()
	 * @model
	 * @generated
	 */
	long getEvent();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Cursor#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(long value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * nanoseconds
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(long)
	 * @see io.ringside.model.trace.TracePackage#getCursor_Time()
	 * @model
	 * @generated
	 */
	long getTime();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Cursor#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.ringside.model.trace.TracePackage#getCursor_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Cursor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Id</em>' attribute.
	 * @see #setDeviceId(int)
	 * @see io.ringside.model.trace.TracePackage#getCursor_DeviceId()
	 * @model
	 * @generated
	 */
	int getDeviceId();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Cursor#getDeviceId <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Id</em>' attribute.
	 * @see #getDeviceId()
	 * @generated
	 */
	void setDeviceId(int value);

	/**
	 * Returns the value of the '<em><b>Queue Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue Index</em>' attribute.
	 * @see #setQueueIndex(int)
	 * @see io.ringside.model.trace.TracePackage#getCursor_QueueIndex()
	 * @model
	 * @generated
	 */
	int getQueueIndex();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Cursor#getQueueIndex <em>Queue Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Index</em>' attribute.
	 * @see #getQueueIndex()
	 * @generated
	 */
	void setQueueIndex(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.ringside.model.trace.TracePackage#getCursor_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.ringside.model.trace.Cursor#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Cursor
